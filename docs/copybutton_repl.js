// futcompare: the text a copy button hands over (conf.py inserts this after sphinx-copybutton's formatCopyText,
// which it renames formatCopyTextOfCopybutton; this function takes its place).
//
// sphinx-copybutton strips the prompts (">>> ", "... ", "$ ") and drops the output lines. Left at that, a >>> session
// whose statement spans lines (a def, with, for, try, ...) is followed at once by the next statement, and the classic
// REPL (CPython 3.9 to 3.12, and 3.13+ with PYTHON_BASIC_REPL=1) reads that as part of the block: a SyntaxError. It
// ends a block only at an empty line, as a reader types it. So, before the prompts go, an empty line is put where a
// statement that spans lines ends and the next ">>> " starts; and when the session ends inside an indented block, the
// copied text ends with a newline, so that pasting it and pressing Enter once runs it, as for any other statement.
function formatCopyText(textContent, ...options) {
  const primary = /^>>>( |$)/;
  const continuation = /^\.\.\.( |$)/;
  const lines = [];
  let spansLines = false; // the statement being read has a "... " line
  let lastCode = ""; // the last line of code (">>> " or "... "), with its prompt
  for (const line of textContent.split("\n")) {
    if (primary.test(line)) {
      if (spansLines) lines.push("");
      spansLines = false;
      lastCode = line;
    } else if (continuation.test(line)) {
      spansLines = true;
      lastCode = line;
    }
    lines.push(line);
  }
  const copied = formatCopyTextOfCopybutton(lines.join("\n"), ...options);
  const endsInABlock = spansLines && /^\.\.\. \s/.test(lastCode);
  return endsInABlock ? copied + "\n" : copied;
}
