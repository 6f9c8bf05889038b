// LedeFuzz: libFuzzer entry points for lede's parsers, chosen with LEDE_FUZZ_TARGET.
//
//   LEDE_FUZZ_TARGET=text       tokenizer, sentence and paragraph splitting, news furniture (default)
//   LEDE_FUZZ_TARGET=entities   the entities analysis: recogniser, groups, roles
//   LEDE_FUZZ_TARGET=line       the command line parser (quoting, interpolation, redirection)
//   LEDE_FUZZ_TARGET=analyses   the four built-in analyses together: spans inside the text, deterministic
//   LEDE_FUZZ_TARGET=json       the JSON parser: offsets inside the input, write-and-parse round trip
//   LEDE_FUZZ_TARGET=html       the HTML article reader (tokenizer, element tree, entities)
//   LEDE_FUZZ_TARGET=markdown   the Markdown article reader (inline links, images, emphasis)
//   LEDE_FUZZ_TARGET=frontmatter  `---` front matter on a plain text article
//   LEDE_FUZZ_TARGET=wire       the plugin wire protocol's message parser: round trip, error codes
//   LEDE_FUZZ_TARGET=table      table rendering in every output format
//
// Built for fuzzing by Benchmarks/fuzz.sh (`--sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING`).
// An ordinary build replays files instead: `LedeFuzz FILE…` runs the target on each file, so a
// crash found by the fuzzer can be replayed and kept as a regression input.
import Foundation

/// The fuzz targets by name. Add an entry (and a file `NameFuzzTarget.swift`) for a new parser.
enum FuzzTargets {
    static let all: [String: @Sendable (UnsafeRawBufferPointer) -> Void] = [
        "text": TextFuzzTarget.run,
        "entities": EntitiesFuzzTarget.run,
        "line": LineFuzzTarget.run,
        "analyses": AnalysesFuzzTarget.run,
        "json": JSONFuzzTarget.run,
        "html": LoadFuzzTarget.html,
        "markdown": LoadFuzzTarget.markdown,
        "frontmatter": LoadFuzzTarget.frontMatter,
        "wire": WireFuzzTarget.run,
        "table": TableFuzzTarget.run,
    ]

    static let selected: @Sendable (UnsafeRawBufferPointer) -> Void = {
        let name = ProcessInfo.processInfo.environment["LEDE_FUZZ_TARGET"] ?? "text"
        guard let target = all[name] else {
            FileHandle.standardError.write(Data("LedeFuzz: unknown LEDE_FUZZ_TARGET '\(name)'\n".utf8))
            exit(2)
        }
        return target
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.selected(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if !FUZZING
@main
struct LedeFuzzReplay {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("LedeFuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes { FuzzTargets.selected($0) }
            count += 1
        }
        print("LedeFuzz: replayed \(count) input(s) without a failure")
    }
}
#endif
