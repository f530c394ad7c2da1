// Helpers shared by the prelude test scripts, evaluated before each script both by the Rhino
// harness (PreludeScriptsTest) and by node-harness.js, so the recorded Node output and the Rhino
// run see the same definitions. A script may declare its own version of any of them.
function scenario(name, fn) {
  print('## ' + name);
  try { fn(); } catch (e) { print('threw ' + e.name + ': ' + e.message); }
}
function fmt(v) {
  if (Array.isArray(v)) {
    var parts = [];
    for (var i = 0; i < v.length; i++) parts.push(i in v ? fmt(v[i]) : '<hole>');
    return '[' + parts.join(',') + ']';
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
function attempt(label, fn) {
  try { print(label + ' -> ' + fmt(fn())); } catch (e) { print(label + ' threw ' + e.name + ': ' + String(e.message).split('\n')[0]); }
}
