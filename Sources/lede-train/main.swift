// lede-train: offline training of lede's models from annotated data.
//   lede-train ner ARGS…      the entity recogniser's weights
//   lede-train stance ARGS…   the target-polarity model's weights
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "ner": try NERTrainer.run(Array(arguments.dropFirst()))
    case "stance": try StanceTrainer.run(Array(arguments.dropFirst()))
    default:
        FileHandle.standardError.write(Data("usage: lede-train ner|stance ARGS…\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("lede-train: \(error)\n".utf8))
    exit(1)
}
