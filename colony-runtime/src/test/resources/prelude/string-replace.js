// String.prototype.replace / replaceAll and RegExp.prototype[Symbol.replace] with functions.
// scenario, fmt and attempt: see shared/scenarios.js.

function args() { return JSON.stringify(Array.prototype.slice.call(arguments)); }

scenario('string pattern with function', function () {
  print('a-b-c'.replace('-', function (m, off, s) { return '[' + m + off + s + ']'; }));
  print('abc'.replace('x', function () { return 'never'; }));
  print('abc'.replace('', function (m, off) { return '<' + off + '>'; }));
  print('aaa'.replace('a', args));
  print('abc'.replace('b', function () { return 42; }));
  print('abc'.replace('b', function () { return undefined; }));
  print('abc'.replace('b', function () { return { toString: function () { return 'obj'; } }; }));
});

scenario('regexp with groups and offsets', function () {
  print('John Smith'.replace(/(\w+)\s(\w+)/, function (m, first, last, off, s) { return last + ', ' + first + ' @' + off + ' of ' + s; }));
  print('x1y22z333'.replace(/\d+/g, function (m, off) { return '(' + m.length + '@' + off + ')'; }));
  print('aXbX'.replace(/(X)|(Y)/g, args));
  print('2020-12-31'.replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/, function () {
    var groups = arguments[arguments.length - 1];
    return groups.d + '/' + groups.m + '/' + groups.y + ' argc=' + arguments.length;
  }));
  print('abc'.replace(/(z)?b/, function (m, z) { return 'z=' + z; }));
});

scenario('global regexp with empty matches', function () {
  print('abc'.replace(/x*/g, function (m, off) { return '[' + off + ']'; }));
  print('\ud83d\ude00x'.replace(/(?:)/gu, function (m, off) { return '|' + off; }));
  var re = /a/g;
  re.lastIndex = 2;
  print('aaa'.replace(re, function (m, off) { return off; }) + ' lastIndex ' + re.lastIndex);
  var sticky = /a/y;
  print('baa'.replace(sticky, function () { return 'S'; }) + ' ' + sticky.lastIndex);
  var ci = /A/gi;
  print('aAa'.replace(ci, function (m) { return m === 'a' ? '1' : '2'; }));
});

scenario('replaceAll with function', function () {
  print('a.b.c'.replaceAll('.', function (m, off, s) { return '(' + off + ')'; }));
  print('aaaa'.replaceAll('aa', function (m, off) { return off; }));
  print('abc'.replaceAll('', function (m, off) { return '_' + off; }));
  print('x1x2'.replaceAll(/x(\d)/g, function (m, d, off) { return d + '@' + off; }));
  attempt('non-global regexp', function () { return 'abc'.replaceAll(/b/, function () { return ''; }); });
  print('none'.replaceAll('z', function () { return 'never'; }));
});

scenario('string replacements still work', function () {
  print('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
  print('aaa'.replace('a', '$&$&'));
  print('a.b.c'.replaceAll('.', '$$'));
  print('2020-12'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>/$<y>'));
  print('abc'.replace(/b/g, "[$`|$']"));
});

scenario('custom Symbol.replace and exec', function () {
  var custom = {};
  custom[Symbol.replace] = function (s, r) { return 'custom(' + s + ',' + (typeof r === 'function' ? r('m') : r) + ')'; };
  print('abc'.replace(custom, function (m) { return m.toUpperCase(); }));
  var calls = 0;
  var re = /b/g;
  re.exec = function (s) { calls++; return RegExp.prototype.exec.call(this, s); };
  print('abcb'.replace(re, function () { return 'X'; }) + ' exec calls ' + calls);
  var fake = /./g;
  var done = false;
  fake.exec = function () { if (done) return null; done = true; var r = ['zz']; r.index = 1; return r; };
  print('abcd'.replace(fake, function (m, off) { return '<' + m + off + '>'; }));
});

scenario('callback order and receiver', function () {
  var order = [];
  'abc'.replace(/./g, function (m) { order.push(m); return m; });
  print(order.join());
  'x'.replace('x', function () { 'use strict'; print('this undefined ' + (this === undefined)); return ''; });
  print(String.prototype.replace.call(12345, /3/, function (m) { return '[' + m + ']'; }));
  attempt('null receiver', function () { return String.prototype.replace.call(null, 'a', function () {}); });
  print(String.prototype.replace.name + ' ' + String.prototype.replace.length + ' ' + String.prototype.replaceAll.name + ' ' + String.prototype.replaceAll.length);
  print(RegExp.prototype[Symbol.replace].name + ' ' + RegExp.prototype[Symbol.replace].length);
});

scenario('replacement function may recurse', function () {
  print('a(b(c))'.replace(/\(([^()]*)\)/, function (m, inner) { return '{' + inner.replace(/./g, function (c) { return c.toUpperCase(); }) + '}'; }));
});
