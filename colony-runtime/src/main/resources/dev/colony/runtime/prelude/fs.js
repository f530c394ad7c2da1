// The program's `fs` module and `require` on top of $colony.fileCall. Each call checks its arguments
// as Node does (TypeError with Node's code, thrown at once), then hands one operation to the host;
// its outcome comes back as an event calling the `done` function made here with (code, message,
// value), code null on success. Nothing here keeps state between calls: pending callbacks travel
// inside the runtime's inbox, streams keep theirs in their own (user-heap) objects.
// Loaded after host.js (it uses $colony.inspect and setImmediate).
(function colonyFsPrelude(global) {
  var host = $colony;
  var TypeErrorCtor = TypeError;
  var RangeErrorCtor = RangeError;
  var ErrorCtor = Error;
  var DateCtor = Date;
  var Uint8ArrayCtor = Uint8Array;
  var PromiseCtor = Promise;
  var isView = ArrayBuffer.isView;
  var defineProperty = Object.defineProperty;
  var slice = Array.prototype.slice;
  var ceil = Math.ceil;
  var min = Math.min;
  var schedule = global.setImmediate;
  /** Bytes a read stream asks for at a time. */
  var CHUNK = 65536;
  var S_IFMT = 61440;
  var S_IFREG = 32768;
  var S_IFDIR = 16384;
  var COPYFILE_EXCL = 1;

  function hide(target, name, value) {
    defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  // ---- argument checks, as Node words them ----
  function withCode(error, code) {
    error.code = code;
    return error;
  }
  function invalidType(name, expected, value) {
    return withCode(new TypeErrorCtor('The "' + name + '" argument must be ' + expected + '. Received ' + host.inspect(value)),
        'ERR_INVALID_ARG_TYPE');
  }
  function checkPath(path, name) {
    if (typeof path !== 'string') {
      throw invalidType(name, 'of type string or an instance of Buffer or URL', path);
    }
    if (path.indexOf('\u0000') !== -1) {
      throw withCode(new TypeErrorCtor("The argument '" + name + "' must be a string, Uint8Array, or URL without null bytes. Received "
          + host.inspect(path)), 'ERR_INVALID_ARG_VALUE');
    }
    // Relative paths resolve against the root: a program has no working directory.
    return path.charAt(0) === '/' ? path : '/' + path;
  }
  function checkCallback(callback) {
    if (typeof callback !== 'function') {
      throw invalidType('cb', 'of type function', callback);
    }
    return callback;
  }
  function checkData(data) {
    if (typeof data !== 'string' && !isView(data)) {
      throw invalidType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    }
    return data;
  }
  function checkLength(value, name) {
    if (typeof value !== 'number') {
      throw invalidType(name, 'of type number', value);
    }
    if (!(value >= 0) || value !== Math.floor(value) || value > 9007199254740991) {
      throw withCode(new RangeErrorCtor('The value of "' + name + '" is out of range. It must be an integer >= 0. Received '
          + host.inspect(value)), 'ERR_OUT_OF_RANGE');
    }
    return value;
  }
  function optionsOf(value) {
    if (value === undefined || value === null) {
      return {};
    }
    if (typeof value === 'string') {
      return { encoding: value };
    }
    if (typeof value !== 'object') {
      throw invalidType('options', 'of type string or an instance of Object', value);
    }
    return value;
  }
  /** 'utf8' or null (bytes); Colony's fs knows no other encoding. */
  function encodingOf(options) {
    var encoding = options.encoding;
    if (encoding === undefined || encoding === null || encoding === 'buffer') {
      return null;
    }
    if (typeof encoding === 'string' && (encoding.toLowerCase() === 'utf8' || encoding.toLowerCase() === 'utf-8')) {
      return 'utf8';
    }
    throw withCode(new TypeErrorCtor("The argument 'encoding' is invalid encoding. Received " + host.inspect(encoding)
        + " (Colony's fs knows 'utf8' only)"), 'ERR_INVALID_ARG_VALUE');
  }

  // ---- errors the file system reports ----
  var DESCRIPTIONS = {};
  DESCRIPTIONS.ENOENT = 'no such file or directory';
  DESCRIPTIONS.EEXIST = 'file already exists';
  DESCRIPTIONS.ENOTDIR = 'not a directory';
  DESCRIPTIONS.EISDIR = 'illegal operation on a directory';
  DESCRIPTIONS.ENOTEMPTY = 'directory not empty';
  DESCRIPTIONS.ESTALE = 'stale file handle';
  DESCRIPTIONS.EFBIG = 'file too large';

  /** Node's words for the codes it has words for; the file system's own message for the others (EINVAL, EIO …). */
  function systemError(code, message, syscall, path, dest) {
    var text = DESCRIPTIONS.hasOwnProperty(code)
        ? code + ': ' + DESCRIPTIONS[code] + ', ' + syscall + " '" + path + "'" + (dest === undefined ? '' : " -> '" + dest + "'")
        : message;
    var error = code === 'ERR_FS_FILE_TOO_LARGE' ? new RangeErrorCtor(text) : new ErrorCtor(text);
    error.code = code;
    error.syscall = syscall;
    error.path = path;
    if (dest !== undefined) {
      error.dest = dest;
    }
    return error;
  }

  /**
   * Issues one operation; `finish(error, value)` runs as its own event. Data over the host's limit
   * is refused at once with a RangeError.
   */
  function perform(operation, args, syscall, path, dest, finish) {
    var refused = host.fileCall(operation, args, function done(code, message, value) {
      if (code !== null) {
        finish(systemError(code, message, syscall, path, dest));
      } else {
        finish(null, value);
      }
    });
    if (refused !== null && refused !== undefined) {
      throw withCode(new RangeErrorCtor(refused), 'ERR_FS_FILE_TOO_LARGE');
    }
  }

  function bytes(buffer) {
    return new Uint8ArrayCtor(buffer);
  }

  // ---- Stats and Dirent ----
  function Stats(info) {
    this.dev = 0;
    this.mode = info.directory ? S_IFDIR | 493 : S_IFREG | 420;
    this.nlink = 1;
    this.uid = 0;
    this.gid = 0;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = 0;
    this.size = info.size;
    this.blocks = ceil(info.size / 512);
    this.atimeMs = info.mtimeMs;
    this.mtimeMs = info.mtimeMs;
    this.ctimeMs = info.mtimeMs;
    this.birthtimeMs = info.ctimeMs;
    this.atime = new DateCtor(info.mtimeMs);
    this.mtime = new DateCtor(info.mtimeMs);
    this.ctime = new DateCtor(info.mtimeMs);
    this.birthtime = new DateCtor(info.ctimeMs);
    // The entry's version in the global file system: it changes with every change, never reused.
    this.version = info.version;
  }
  function no() { return false; }
  Stats.prototype.isFile = function isFile() { return (this.mode & S_IFMT) === S_IFREG; };
  Stats.prototype.isDirectory = function isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; };
  Stats.prototype.isSymbolicLink = no;
  Stats.prototype.isBlockDevice = no;
  Stats.prototype.isCharacterDevice = no;
  Stats.prototype.isFIFO = no;
  Stats.prototype.isSocket = no;

  function Dirent(info, parentPath) {
    this.name = info.name;
    this.parentPath = parentPath;
    this.path = parentPath;
    hide(this, 'directory', info.directory);
  }
  Dirent.prototype.isFile = function isFile() { return !this.directory; };
  Dirent.prototype.isDirectory = function isDirectory() { return this.directory; };
  Dirent.prototype.isSymbolicLink = no;
  Dirent.prototype.isBlockDevice = no;
  Dirent.prototype.isCharacterDevice = no;
  Dirent.prototype.isFIFO = no;
  Dirent.prototype.isSocket = no;

  // ---- the callback API ----
  var fs = {};

  /** (path, [options], callback) as Node takes them: options may be left out. */
  function splitOptions(options, callback) {
    return typeof options === 'function' ? [undefined, options] : [options, callback];
  }

  hide(fs, 'readFile', function readFile(path, options, callback) {
    var split = splitOptions(options, callback);
    callback = checkCallback(split[1]);
    var encoding = encodingOf(optionsOf(split[0]));
    path = checkPath(path, 'path');
    perform('read', [path, 0, -1], 'open', path, undefined, function (error, buffer) {
      if (error) {
        callback(error);
      } else {
        callback(null, encoding ? host.decodeUtf8(bytes(buffer)) : bytes(buffer));
      }
    });
  });

  /** writeFile and appendFile: flag 'w' replaces, 'wx' only creates, 'a' appends. */
  function writeWith(defaultFlag, path, data, options, callback) {
    var split = splitOptions(options, callback);
    callback = checkCallback(split[1]);
    var opts = optionsOf(split[0]);
    encodingOf(opts);
    path = checkPath(path, 'path');
    checkData(data);
    var flag = opts.flag === undefined ? defaultFlag : opts.flag;
    var finish = function (error) { callback(error); };
    if (flag === 'a' || flag === 'a+') {
      perform('append', [path, data], 'open', path, undefined, finish);
    } else if (flag === 'w' || flag === 'w+' || flag === 'wx' || flag === 'wx+') {
      perform('write', [path, data, flag.charAt(1) === 'x'], 'open', path, undefined, finish);
    } else {
      throw withCode(new TypeErrorCtor("The value " + host.inspect(flag) + " is invalid for option \"flags\" (Colony's fs knows 'w', 'wx' and 'a')"),
          'ERR_INVALID_ARG_VALUE');
    }
  }
  hide(fs, 'writeFile', function writeFile(path, data, options, callback) {
    writeWith('w', path, data, options, callback);
  });
  hide(fs, 'appendFile', function appendFile(path, data, options, callback) {
    writeWith('a', path, data, options, callback);
  });

  /** mkdir and rmdir: a path and an optional {recursive}, nothing to call back with but an error. */
  function withRecursive(name) {
    return function (path, options, callback) {
      var split = splitOptions(options, callback);
      callback = checkCallback(split[1]);
      var recursive = typeof split[0] === 'object' && split[0] !== null && split[0].recursive === true;
      path = checkPath(path, 'path');
      perform(name, [path, recursive], name, path, undefined, function (error) { callback(error); });
    };
  }

  hide(fs, 'mkdir', withRecursive('mkdir'));

  hide(fs, 'readdir', function readdir(path, options, callback) {
    var split = splitOptions(options, callback);
    callback = checkCallback(split[1]);
    var opts = optionsOf(split[0]);
    encodingOf(opts);
    path = checkPath(path, 'path');
    perform('readdir', [path], 'scandir', path, undefined, function (error, entries) {
      if (error) {
        callback(error);
        return;
      }
      var result = [];
      for (var i = 0; i < entries.length; i++) {
        result.push(opts.withFileTypes === true ? new Dirent(entries[i], path) : entries[i].name);
      }
      callback(null, result);
    });
  });

  function statWith(syscall) {
    return function (path, options, callback) {
      var split = splitOptions(options, callback);
      callback = checkCallback(split[1]);
      path = checkPath(path, 'path');
      perform('stat', [path], syscall, path, undefined, function (error, info) {
        if (error) {
          callback(error);
        } else {
          callback(null, new Stats(info));
        }
      });
    };
  }
  hide(fs, 'stat', statWith('stat'));
  hide(fs, 'lstat', statWith('lstat'));

  hide(fs, 'access', function access(path, mode, callback) {
    var split = splitOptions(mode, callback);
    callback = checkCallback(split[1]);
    path = checkPath(path, 'path');
    perform('stat', [path], 'access', path, undefined, function (error) { callback(error); });
  });

  // Node's fs.exists: the callback gets a boolean only; a bad path is simply not there.
  hide(fs, 'exists', function exists(path, callback) {
    checkCallback(callback);
    var absolute;
    try {
      absolute = checkPath(path, 'path');
    } catch (e) {
      schedule(function () { callback(false); });
      return;
    }
    perform('stat', [absolute], 'stat', absolute, undefined, function (error) { callback(!error); });
  });

  hide(fs, 'unlink', function unlink(path, callback) {
    checkCallback(callback);
    path = checkPath(path, 'path');
    perform('unlink', [path], 'unlink', path, undefined, function (error) { callback(error); });
  });

  hide(fs, 'rmdir', withRecursive('rmdir'));

  hide(fs, 'rm', function rm(path, options, callback) {
    var split = splitOptions(options, callback);
    callback = checkCallback(split[1]);
    var opts = typeof split[0] === 'object' && split[0] !== null ? split[0] : {};
    path = checkPath(path, 'path');
    perform('rm', [path, opts.recursive === true, opts.force === true], 'rm', path, undefined, function (error) { callback(error); });
  });

  hide(fs, 'rename', function rename(oldPath, newPath, callback) {
    checkCallback(callback);
    oldPath = checkPath(oldPath, 'oldPath');
    newPath = checkPath(newPath, 'newPath');
    perform('rename', [oldPath, newPath], 'rename', oldPath, newPath, function (error) { callback(error); });
  });

  hide(fs, 'copyFile', function copyFile(src, dest, mode, callback) {
    var split = splitOptions(mode, callback);
    callback = checkCallback(split[1]);
    src = checkPath(src, 'src');
    dest = checkPath(dest, 'dest');
    var exclusive = typeof split[0] === 'number' && (split[0] & COPYFILE_EXCL) !== 0;
    perform('copy', [src, dest, exclusive], 'copyfile', src, dest, function (error) { callback(error); });
  });

  hide(fs, 'truncate', function truncate(path, len, callback) {
    var split = splitOptions(len, callback);
    callback = checkCallback(split[1]);
    var length = split[0] === undefined || split[0] === null ? 0 : checkLength(split[0], 'len');
    path = checkPath(path, 'path');
    perform('truncate', [path, length], 'open', path, undefined, function (error) { callback(error); });
  });

  // ---- streams ----
  /** Just enough of Node's EventEmitter for streams. */
  function Emitter() {
    hide(this, 'eventListeners', {});
  }
  function listenersOf(emitter, event) {
    var key = 'event:' + String(event);
    return emitter.eventListeners.hasOwnProperty(key) ? emitter.eventListeners[key] : (emitter.eventListeners[key] = []);
  }
  Emitter.prototype.on = function on(event, listener) {
    if (typeof listener !== 'function') {
      throw invalidType('listener', 'of type function', listener);
    }
    listenersOf(this, event).push(listener);
    return this;
  };
  Emitter.prototype.addListener = Emitter.prototype.on;
  Emitter.prototype.once = function once(event, listener) {
    var self = this;
    if (typeof listener !== 'function') {
      throw invalidType('listener', 'of type function', listener);
    }
    var wrapper = function () {
      self.off(event, wrapper);
      return listener.apply(self, arguments);
    };
    listenersOf(this, event).push(wrapper);
    return this;
  };
  Emitter.prototype.off = function off(event, listener) {
    var list = listenersOf(this, event);
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  };
  Emitter.prototype.removeListener = Emitter.prototype.off;
  /** Both streams: stop, say why (if anything went wrong), then 'close', once. */
  Emitter.prototype.destroy = function destroy(error) {
    if (this.destroyed) {
      return this;
    }
    this.destroyed = true;
    if (error) {
      this.emit('error', error);
    }
    this.emit('close');
    return this;
  };

  Emitter.prototype.emit = function emit(event) {
    var list = listenersOf(this, event).slice();
    if (event === 'error' && list.length === 0) {
      throw arguments[1];
    }
    var args = slice.call(arguments, 1);
    for (var i = 0; i < list.length; i++) {
      list[i].apply(this, args);
    }
    return list.length > 0;
  };
  Emitter.prototype.listenerCount = function listenerCount(event) {
    return listenersOf(this, event).length;
  };

  /** How many bytes at the end of `chunk` start a UTF-8 character that the next chunk finishes. */
  function incompleteTail(chunk) {
    var n = chunk.length;
    for (var back = 1; back <= 3 && back <= n; back++) {
      var b = chunk[n - back];
      if ((b & 192) === 128) {
        continue;
      }
      var need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }
  function joined(head, tail) {
    if (head.length === 0) {
      return tail;
    }
    var all = new Uint8ArrayCtor(head.length + tail.length);
    all.set(head, 0);
    all.set(tail, head.length);
    return all;
  }

  /** Reads `CHUNK` bytes at a time (one operation each), from `start` to `end` inclusive. */
  function ReadStream(path, options) {
    Emitter.call(this);
    var opts = optionsOf(options);
    this.path = path;
    this.bytesRead = 0;
    this.destroyed = false;
    this.readableEnded = false;
    hide(this, 'encoding', encodingOf(opts));
    hide(this, 'position', opts.start === undefined ? 0 : checkLength(opts.start, 'start'));
    hide(this, 'endPosition', opts.end === undefined ? Infinity : checkLength(opts.end, 'end'));
    hide(this, 'chunkSize', opts.highWaterMark === undefined ? CHUNK : checkLength(opts.highWaterMark, 'highWaterMark') || CHUNK);
    hide(this, 'paused', false);
    hide(this, 'reading', false);
    hide(this, 'pendingBytes', new Uint8ArrayCtor(0));
    this.readNext();
  }
  ReadStream.prototype = Object.create(Emitter.prototype);
  ReadStream.prototype.constructor = ReadStream;
  hide(ReadStream.prototype, 'readNext', function readNext() {
    if (this.destroyed || this.paused || this.reading || this.readableEnded) {
      return;
    }
    var want = min(this.chunkSize, this.endPosition - this.position + 1);
    if (want <= 0) {
      this.finish();
      return;
    }
    var self = this;
    this.reading = true;
    perform('read', [this.path, this.position, want], 'read', this.path, undefined, function (error, buffer) {
      self.reading = false;
      if (self.destroyed) {
        return;
      }
      if (error) {
        self.destroy(error);
        return;
      }
      var chunk = bytes(buffer);
      if (chunk.length > 0) {
        self.position += chunk.length;
        self.bytesRead += chunk.length;
        self.emitChunk(chunk);
      }
      if (chunk.length < want) {
        self.finish();
      } else {
        self.readNext();
      }
    });
  });
  hide(ReadStream.prototype, 'emitChunk', function emitChunk(chunk) {
    if (this.encoding === null) {
      this.emit('data', chunk);
      return;
    }
    var all = joined(this.pendingBytes, chunk);
    var keep = incompleteTail(all);
    this.pendingBytes = all.slice(all.length - keep);
    var text = host.decodeUtf8(all.subarray(0, all.length - keep));
    if (text.length > 0) {
      this.emit('data', text);
    }
  });
  hide(ReadStream.prototype, 'finish', function finish() {
    if (this.encoding !== null && this.pendingBytes.length > 0) {
      var rest = this.pendingBytes;
      this.pendingBytes = new Uint8ArrayCtor(0);
      this.emit('data', host.decodeUtf8(rest));
    }
    this.readableEnded = true;
    this.emit('end');
    this.emit('close');
  });
  ReadStream.prototype.setEncoding = function setEncoding(encoding) {
    this.encoding = encodingOf({ encoding: encoding });
    return this;
  };
  ReadStream.prototype.pause = function pause() {
    this.paused = true;
    return this;
  };
  ReadStream.prototype.resume = function resume() {
    this.paused = false;
    this.readNext();
    return this;
  };
  ReadStream.prototype.isPaused = function isPaused() {
    return this.paused;
  };
  ReadStream.prototype.pipe = function pipe(destination) {
    this.on('data', function (chunk) { destination.write(chunk); });
    this.on('end', function () { destination.end(); });
    return destination;
  };

  /**
   * Opens (flags 'w': empties or creates; 'wx': creates only; 'a': creates if missing), then
   * appends each write as one operation; the host completes them in order.
   */
  function WriteStream(path, options) {
    Emitter.call(this);
    var opts = optionsOf(options);
    encodingOf(opts);
    this.path = path;
    this.bytesWritten = 0;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    hide(this, 'inFlight', 0);
    hide(this, 'needDrain', false);
    var flags = opts.flags === undefined ? 'w' : opts.flags;
    var self = this;
    var opened = function (error) { self.settle(error, 0, undefined); };
    if (flags === 'a' || flags === 'a+') {
      this.issue('append', [path, ''], opened);
    } else if (flags === 'w' || flags === 'w+' || flags === 'wx' || flags === 'wx+') {
      this.issue('write', [path, '', flags.charAt(1) === 'x'], opened);
    } else {
      throw withCode(new TypeErrorCtor("The value " + host.inspect(flags) + " is invalid for option \"flags\" (Colony's fs knows 'w', 'wx' and 'a')"),
          'ERR_INVALID_ARG_VALUE');
    }
  }
  WriteStream.prototype = Object.create(Emitter.prototype);
  WriteStream.prototype.constructor = WriteStream;
  hide(WriteStream.prototype, 'issue', function issue(operation, args, finish) {
    this.inFlight++;
    perform(operation, args, 'open', this.path, undefined, finish);
  });
  hide(WriteStream.prototype, 'settle', function settle(error, length, callback) {
    this.inFlight--;
    if (this.destroyed) {
      return;
    }
    if (error) {
      if (callback) {
        callback(error);
      }
      this.destroy(error);
      return;
    }
    this.bytesWritten += length;
    if (callback) {
      callback(null);
    }
    if (this.inFlight === 0) {
      if (this.needDrain) {
        this.needDrain = false;
        this.emit('drain');
      }
      if (this.writableEnded) {
        this.writableFinished = true;
        this.emit('finish');
        this.emit('close');
      }
    }
  });
  /** Queued operations past which write() asks the caller to wait for 'drain'. */
  var WRITE_HIGH_WATER = 16;
  WriteStream.prototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
    }
    if (this.writableEnded) {
      var ended = withCode(new ErrorCtor('write after end'), 'ERR_STREAM_WRITE_AFTER_END');
      var self = this;
      schedule(function () {
        if (typeof callback === 'function') {
          callback(ended);
        }
        self.emit('error', ended);
      });
      return false;
    }
    checkData(chunk);
    var stream = this;
    var length = typeof chunk === 'string' ? host.utf8Length(chunk) : chunk.byteLength;
    this.issue('append', [this.path, chunk], function (error) {
      stream.settle(error, length, typeof callback === 'function' ? callback : undefined);
    });
    if (this.inFlight >= WRITE_HIGH_WATER) {
      this.needDrain = true;
      return false;
    }
    return true;
  };
  WriteStream.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
    }
    if (chunk !== undefined && chunk !== null) {
      this.write(chunk);
    }
    if (typeof callback === 'function') {
      this.once('finish', callback);
    }
    if (this.writableEnded) {
      return this;
    }
    this.writableEnded = true;
    if (this.inFlight === 0 && !this.destroyed) {
      var self = this;
      schedule(function () {
        self.writableFinished = true;
        self.emit('finish');
        self.emit('close');
      });
    }
    return this;
  };
  WriteStream.prototype.close = function close(callback) {
    return this.end(callback);
  };

  hide(fs, 'createReadStream', function createReadStream(path, options) {
    return new ReadStream(checkPath(path, 'path'), options);
  });
  hide(fs, 'createWriteStream', function createWriteStream(path, options) {
    return new WriteStream(checkPath(path, 'path'), options);
  });
  hide(fs, 'ReadStream', ReadStream);
  hide(fs, 'WriteStream', WriteStream);
  hide(fs, 'Stats', Stats);
  hide(fs, 'Dirent', Dirent);
  var constants = {};
  constants.F_OK = 0;
  constants.R_OK = 4;
  constants.W_OK = 2;
  constants.X_OK = 1;
  constants.COPYFILE_EXCL = COPYFILE_EXCL;
  hide(fs, 'constants', constants);

  // ---- fs.promises: the same calls, settled instead of called back ----
  var promises = {};
  function promised(name) {
    var method = fs[name];
    hide(promises, name, function () {
      var args = slice.call(arguments);
      return new PromiseCtor(function (resolve, reject) {
        args.push(function (error, value) {
          if (error) {
            reject(error);
          } else {
            resolve(value);
          }
        });
        method.apply(fs, args);
      });
    });
  }
  var names = ['readFile', 'writeFile', 'appendFile', 'mkdir', 'readdir', 'stat', 'lstat', 'access', 'unlink', 'rmdir',
    'rm', 'rename', 'copyFile', 'truncate'];
  for (var i = 0; i < names.length; i++) {
    promised(names[i]);
  }
  hide(promises, 'exists', function exists(path) {
    return new PromiseCtor(function (resolve) {
      fs.exists(path, resolve);
    });
  });
  hide(promises, 'constants', constants);
  hide(fs, 'promises', promises);

  // ---- require ----
  var modules = {};
  modules.fs = fs;
  modules['fs/promises'] = promises;
  // Reachable from $colony, so snapshots refer to these objects by path instead of copying them.
  hide(host, 'modules', modules);
  hide(global, 'require', function require(id) {
    if (typeof id !== 'string') {
      throw invalidType('id', 'of type string', id);
    }
    var name = id.indexOf('node:') === 0 ? id.slice(5) : id;
    if (name !== '' && modules.hasOwnProperty(name)) {
      return modules[name];
    }
    throw withCode(new ErrorCtor("Cannot find module '" + id + "'"), 'MODULE_NOT_FOUND');
  });
})(this);
