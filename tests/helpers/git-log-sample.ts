// Real `git log` output (LOG_ARGS, run in datasets/) and the blobs it names, from a repository made with:
//   datasets/README.md, datasets/trees/index.md (title: Trees) and datasets/trees/trees.csv (1 row) added in
//   one commit ("Add trees", 2024-01-02T10:00:00+01:00, by Ana Pérez); then the title changed to Street trees,
//   trees.csv given a second row and README.md removed ("Rename trees; more rows", 2024-02-03T04:05:06Z).
export const LOG_OUTPUT =
  '\x1e9935eb4e97af801c4bab360106509529e2bdd801\x1f2024-02-03T04:05:06+00:00\x1fAna Pérez\x1fRename trees; more rows\x00\n' +
  ':100644 000000 c1b0730e0133447badcfd47fd144e254807b06e1 0000000000000000000000000000000000000000 D\x00README.md\x00' +
  ':100644 100644 7b0ee553f661daea3240180600f697e21e5cf2f3 41b9d3995c0cc61001b8dc1e2edc0c369d255d1e M\x00trees/index.md\x00' +
  ':100644 100644 cfa20f81071245f292f0b52b37beb7adf9259a26 0099ae9378f997f72403fd4324bd2b9159b04538 M\x00trees/trees.csv\x00' +
  '\x1edcb1998ec3ba930bc03706bba145f9a4bfc2ccaf\x1f2024-01-02T10:00:00+01:00\x1fAna Pérez\x1fAdd trees\x00\n' +
  ':000000 100644 0000000000000000000000000000000000000000 c1b0730e0133447badcfd47fd144e254807b06e1 A\x00README.md\x00' +
  ':000000 100644 0000000000000000000000000000000000000000 7b0ee553f661daea3240180600f697e21e5cf2f3 A\x00trees/index.md\x00' +
  ':000000 100644 0000000000000000000000000000000000000000 cfa20f81071245f292f0b52b37beb7adf9259a26 A\x00trees/trees.csv\x00';

export const BLOBS: Record<string, string> = {
  c1b0730e0133447badcfd47fd144e254807b06e1: 'x',
  '7b0ee553f661daea3240180600f697e21e5cf2f3': '---\ntitle: Trees\n---\nBody\n',
  '41b9d3995c0cc61001b8dc1e2edc0c369d255d1e': '---\ntitle: Street trees\n---\nBody\n',
  cfa20f81071245f292f0b52b37beb7adf9259a26: 'a,b\n1,2\n',
  '0099ae9378f997f72403fd4324bd2b9159b04538': 'a,b\n1,2\n3,4\n',
};
