// futcompare's search ranking (html_search_scorer in conf.py): Sphinx's default weights, and the pages
// that answer a reader's question first. A difference page is a claim with its tested example; the
// generated Python API reference (apidocs/) documents futcompare's own code, so it comes last.
var Scorer = {
  score: (result) => {
    const [docname, , , , score] = result;
    if (docname.startsWith("apidocs/")) return score - 40;
    if (docname.startsWith("differences/")) return score + 10;
    return score;
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
