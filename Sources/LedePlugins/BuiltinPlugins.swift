import LedeKit

/// The plugins compiled into lede, in the order `plugins` and `help` list them.
public enum BuiltinPlugins {
    public static var all: [AnyPlugin] {
        [
            AnyPlugin(EntitiesPlugin()),
            AnyPlugin(QuotesPlugin()),
            AnyPlugin(StancePlugin()),
            AnyPlugin(SummaryPlugin()),
        ]
    }
}
