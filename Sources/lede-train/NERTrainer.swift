enum NERTrainer {
    static func run(_ arguments: [String]) throws {}
}
