package dev.colony.engine;

/** The JavaScript the engine tests run. */
final class Programs {

    /** Prints "tick 1" … "tick N" every 10 ms, forever unless N is given. */
    static String ticker(int lines) {
        return """
            let n = 0;
            const timer = setInterval(() => {
              n++;
              console.log('tick ' + n);
              if (n === %d) clearInterval(timer);
            }, 10);
            """.formatted(lines);
    }

    static final String FOREVER = ticker(-1);

    static final String FAILS = "setTimeout(() => { throw new Error('boom at the end'); }, 10);";

    /** Logs whether it has a pubsub global, then every number it receives on nums, and stays alive for more. */
    static final String NUMBERS_SUBSCRIBER = """
        console.log('pubsub is ' + typeof pubsub);
        pubsub.subscribe('nums', (value) => console.log('got ' + JSON.stringify(value)));
        setInterval(() => {}, 1000);
        """;

    private Programs() {
    }
}
