import { Parser, fromFile } from '@asyncapi/parser';
const file = process.argv[2];
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse();
const errors = diagnostics.filter(d => d.severity === 0);
for (const d of diagnostics) {
  console.log(`${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code} ${d.message} at ${d.path.join('.')}`);
}
if (!document || errors.length) { console.error(`${file}: ${errors.length} error(s)`); process.exit(1); }
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, ${document.allMessages().length} messages`);
