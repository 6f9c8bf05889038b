import Foundation
import Testing

/// `record FILE` writes a regular file in place and refuses anything else the path may name.
@Suite("record's target file")
struct RecordTargetTests {
    func record(_ path: String) throws -> LedeRun {
        try LedeRun.run(["-c", "record '\(path)'"], timeout: 30)
    }

    @Test("a symbolic link is refused with one line, and neither it nor its target changes")
    func symbolicLink() throws {
        let folder = LedeRun.temporaryDirectory()
        let target = folder.appendingPathComponent("notes.txt").path
        try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("brief.lede").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try record(link)
        #expect(run.status == 1)
        #expect(run.stderr == "error: record: cannot write '\(link)': it is a symbolic link\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    }

    @Test("a FIFO or a device is refused and stays what it is")
    func specialFiles() throws {
        let folder = LedeRun.temporaryDirectory()
        let fifo = folder.appendingPathComponent("pipe.lede").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try record(fifo)
        #expect(run.status == 1)
        #expect(run.stderr == "error: record: cannot write '\(fifo)': it is a FIFO\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        // A device node of the test's own (a copy of /dev/null's, 1:3), so that a lede that did
        // replace it would not take the machine's /dev/null with it. Creating one needs root.
        let device = folder.appendingPathComponent("null.lede").path
        guard mknod(device, S_IFCHR | 0o666, dev_t(0x103)) == 0 else { return }
        let refused = try record(device)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: record: cannot write '\(device)': it is a device\n")
        #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("an existing file is written in place: its mode and its other links stay")
    func existingFile() throws {
        let folder = LedeRun.temporaryDirectory()
        let file = folder.appendingPathComponent("brief.lede").path
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let second = folder.appendingPathComponent("also.lede").path
        #expect(link(file, second) == 0)
        let run = try record(file)
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "# recorded by lede\n")
    }
}
