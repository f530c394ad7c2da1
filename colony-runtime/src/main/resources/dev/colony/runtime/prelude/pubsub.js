// The program's `pubsub` global on top of $colony. The handlers live in the runtime's program state
// (captured with the program); the host carries messages. $colony.deliverMessage is the event the
// runtime runs for each message of the inbox. Loaded after host.js (it uses $colony.inspect).
(function colonyPubSubPrelude(global) {
  var host = $colony;
  var TypeErrorCtor = TypeError;
  // Taken now, so a program that replaces JSON's functions does not change what goes on the wire.
  var stringify = JSON.stringify;
  var parse = JSON.parse;

  function hide(target, name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  function checkType(name, type, value) {
    if (typeof value !== type) {
      var error = new TypeErrorCtor('The "' + name + '" argument must be of type ' + type + '. Received ' + host.inspect(value));
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
  }

  /** The JSON text of value; TypeError when JSON has no text for it (undefined, a function, a cycle, a BigInt). */
  function toJson(topic, value) {
    var json;
    try {
      json = stringify(value);
    } catch (e) {
      // A cycle or a BigInt; errors a toJSON or getter throws are the program's own.
      if (e instanceof TypeErrorCtor) {
        throw new TypeErrorCtor('pubsub.publish to ' + host.inspect(topic) + ': the value cannot be sent as JSON: ' + e.message);
      }
      throw e;
    }
    if (json === undefined) {
      throw new TypeErrorCtor('pubsub.publish to ' + host.inspect(topic) + ': the value cannot be sent as JSON: '
          + host.inspect(value) + ' has no JSON form');
    }
    return json;
  }

  var pubsub = {};
  hide(pubsub, 'subscribe', function subscribe(filter, handler) {
    checkType('filter', 'string', filter);
    checkType('handler', 'function', handler);
    host.subscribe(filter, handler);
  });
  hide(pubsub, 'unsubscribe', function unsubscribe(filter, handler) {
    checkType('filter', 'string', filter);
    if (handler !== undefined) {
      checkType('handler', 'function', handler);
    }
    host.unsubscribe(filter, handler);
  });
  hide(pubsub, 'publish', function publish(topic, value) {
    checkType('topic', 'string', topic);
    host.publish(topic, toJson(topic, value));
  });
  hide(global, 'pubsub', pubsub);

  // One inbox message: every handler of its filter at this moment, with the parsed value (or the
  // payload itself when it is not JSON) and the topic. No handler left: dropped.
  hide(host, 'deliverMessage', function deliverMessage(filter, topic, payload) {
    var handlers = host.subscriptionHandlers(filter);
    if (handlers.length === 0) {
      return;
    }
    var value;
    try {
      value = parse(payload);
    } catch (e) {
      value = payload;
    }
    for (var i = 0; i < handlers.length; i++) {
      var handler = handlers[i];
      handler(value, topic);
    }
  });
})(this);
