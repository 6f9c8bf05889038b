import LedeKit

// The whole program: PluginMain answers lede's protocol on stdin/stdout.
PluginMain.serve(NumbersPlugin())
