import LedeHost
import LedeKit

/// `record FILE` / `record stop`: save what you type as a replayable script.
struct RecordCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "record", summary: "Save every successful command from now on into a script ('record stop' ends it)",
            arguments: [ArgumentDescriptor("FILE|stop", help: "the script to write, or stop", optional: false, completion: .files)],
            examples: ["record brief.lede", "record stop"])
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let target = invocation.arguments[0]
        if target == "stop" {
            guard let recorder = shell.recorder else { throw LedeError("record: not recording") }
            shell.recorder = nil
            return .text("stopped recording to \(recorder.path)")
        }
        shell.recorder = try Recorder(path: target)
        return .text("recording to \(target); 'record stop' ends it")
    }
}
