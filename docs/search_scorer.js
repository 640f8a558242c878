// futcompare's search ranking (html_search_scorer in conf.py).
//
// Sphinx scores a page found by its words with the best of its matches alone (15 when a word of the query is in one
// of its headings, 5 in its text), so most pages that hold every word of a query tie, and ties go alphabetically. Here
// a page found by its words is scored by how well it answers the query instead: each word of the query counts by
// how rare it is on the site (a word every page has, such as "asyncio", says little) and by where the page has it (in
// one heading together with the other words, its title being one, or in its text). The pages that answer a reader's
// question lead (a difference page is a claim with its tested example; a how-to section is a recipe); the generated
// Python API reference (apidocs/) documents futcompare's own code, so it comes last.
var Scorer = {
  score: (result) => {
    const [docname, , , , score, , kind] = result;
    let relevance = score;
    if (kind === "text" || kind === "title") {
      const answer = FutcompareRelevance.of(docname);
      if (answer !== null) relevance = 100 * answer + (kind === "title" ? 10 : 0);
    }
    if (docname.startsWith("apidocs/")) return relevance - 200;
    if (docname.startsWith("differences/") || docname.startsWith("howto/")) return relevance + 5;
    return relevance;
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

// "Can I ...?": the questions readers type start with it, and Sphinx finds only the pages that hold every word.
stopwords.add("can");

var FutcompareRelevance = {
  // Where a page has a word of the query: in a heading (its title is one), or in its text; a word that only
  // contains it (as Sphinx's partial match finds "thread" in "threadsafe") counts half. A dotted name of the query
  // ("asyncio.Lock") says that its words go together: where a heading names it, it counts as one more word found
  // in a text, no rarer than the rarest of its words.
  IN_HEADING: 3,
  IN_TEXT: 1,
  NAMED: 1,
  PARTIAL: 0.5,
  // A page that lists others (the landing page, a pair's list of differences, a matrix) repeats in its headings
  // and text the titles of the pages that answer: it counts less.
  LIST: 0.85,
  _query: null,
  _words: new Set(),
  _terms: [],
  _stems: new Map(),
  _site: null,

  stem(word) {
    if (!this._stems.has(word)) this._stems.set(word, new Stemmer().stemWord(word));
    return this._stems.get(word);
  },

  // The pages and their headings, worked out once per index: each heading as its stemmed words and its text.
  site() {
    const index = Search._index;
    if (this._site === null || this._site.index !== index) {
      const headings = index.docnames.map((_, file) => [index.titles[file] || ""]);
      for (const [heading, places] of Object.entries(index.alltitles)) {
        for (const [file] of places) {
          if (headings[file] && !headings[file].includes(heading)) headings[file].push(heading);
        }
      }
      this._site = {
        index,
        files: new Map(index.docnames.map((name, file) => [name, file])),
        headings: headings.map((texts) =>
          texts.map((text) => ({
            text: text.toLowerCase(),
            words: new Set(splitQuery(text.toLowerCase()).map((word) => this.stem(word))),
          })),
        ),
      };
    }
    return this._site;
  },

  // The terms of the query (its words as the index has them: stemmed, without stop words; and its dotted names),
  // each with how rare it is on the site and which pages hold it where, worked out once per query.
  terms() {
    const query = new URLSearchParams(window.location.search).get("q") || "";
    if (query === this._query) return this._terms;
    const site = this.site();
    const { terms, titleterms } = site.index;
    const pages = site.index.docnames.length;
    const holding = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
    const rarity = (count) => Math.log((pages + 1) / (count + 1)) + 0.01;
    const words = [...new Set(splitQuery(query.toLowerCase().trim()))]
      .filter((word) => !stopwords.has(word) && !/^\d+$/.test(word))
      .map((word) => this.stem(word));
    const rarityOf = new Map();
    const found = [...new Set(words)].map((word) => {
      const exact = new Set([...holding(terms[word]), ...holding(titleterms[word])]);
      const partial = new Set();
      if (word.length > 2) {
        for (const mapping of [terms, titleterms]) {
          for (const [term, value] of Object.entries(mapping)) {
            if (term !== word && term.includes(word)) holding(value).forEach((file) => partial.add(file));
          }
        }
      }
      rarityOf.set(word, rarity(new Set([...exact, ...partial]).size));
      return {
        weight: this.IN_HEADING,
        rarity: rarityOf.get(word),
        inHeading: (heading) => heading.words.has(word),
        partlyInHeading: (heading) => [...heading.words].some((other) => other.includes(word)),
        inText: (file) => (exact.has(file) ? this.IN_TEXT : partial.has(file) ? this.IN_TEXT * this.PARTIAL : 0),
      };
    });
    const dotted = [...new Set(query.toLowerCase().match(/[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+/g) || [])];
    for (const name of dotted) {
      const named = new RegExp(`(^|[^a-z0-9_.])${name.replace(/[.]/g, "\\.")}($|[^a-z0-9_])`);
      const count = site.headings.filter((headings) => headings.some((heading) => named.test(heading.text))).length;
      const parts = name.split(".").map((part) => rarityOf.get(this.stem(part)) || 0);
      found.push({
        weight: this.NAMED,
        rarity: Math.min(rarity(count), Math.max(...parts)),
        inHeading: (heading) => named.test(heading.text),
        partlyInHeading: () => false,
        inText: () => 0,
      });
    }
    this._query = query;
    this._words = new Set(words);
    this._terms = found;
    return found;
  },

  // A number from 0 to 1: how well the page *docname* answers the query; null when there is no query to go by.
  // Each heading of the page is weighed with the terms it holds and the page's text the others; the page counts by
  // its best heading. Between pages that answer as well, the one whose title says less besides leads.
  of(docname) {
    if (!Search._index) return null;
    const terms = this.terms();
    const site = this.site();
    const file = site.files.get(docname);
    if (terms.length === 0 || file === undefined) return null;
    const best = terms.reduce((total, term) => total + term.rarity * term.weight, 0);
    let found = 0;
    for (const heading of site.headings[file]) {
      let sum = 0;
      for (const term of terms) {
        let where = term.inText(file);
        if (term.inHeading(heading)) where = term.weight;
        else if (term.partlyInHeading(heading)) where = Math.max(where, term.weight * this.PARTIAL);
        sum += term.rarity * where;
      }
      found = Math.max(found, sum);
    }
    const title = [...site.headings[file][0].words].filter((word) => !stopwords.has(word));
    const focus = title.length ? title.filter((word) => this._words.has(word)).length / title.length : 0;
    const list = ["index", "glance"].includes(docname) || docname.endsWith("/index") || docname.startsWith("matrix/");
    return ((found + 0.02 * best * focus) / (1.02 * best)) * (list ? this.LIST : 1);
  },
};
