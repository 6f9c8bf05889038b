import LedeCore
import LedeKit
import LedePlugins
