enum StanceTrainer {
    static func run(_ arguments: [String]) throws {}
}
