#!/usr/bin/env python3
"""Shell benchmarks on a release build: time to the first prompt and time to load many articles.

usage: python3 Benchmarks/shell.py [--runs N] [--lede PATH]
Prints medians (and the 10th/90th percentiles) of repeated runs; nothing is timed inside lede.
"""
import argparse, os, pty, select, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def time_to_prompt(lede, env):
    """Starts lede on a pseudo-terminal and returns the seconds until its prompt appears."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(lede, [lede, "--no-rc"], env)
    seen = b""
    try:
        while b"lede> " not in seen:
            ready, _, _ = select.select([fd], [], [], 5)
            if not ready:
                raise RuntimeError("no prompt within 5 s: %r" % seen[-200:])
            seen += os.read(fd, 4096)
        return time.perf_counter() - start
    finally:
        # libedit flushes pending input when it switches the terminal to raw mode, so a Ctrl-D
        # sent right after the prompt can be lost: repeat it until lede exits.
        for _ in range(100):
            os.write(fd, b"\x04")
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.02)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)


def summary(label, seconds, unit="ms", scale=1000):
    seconds = sorted(seconds)
    q = statistics.quantiles(seconds, n=10) if len(seconds) >= 10 else [seconds[0]] * 9
    print(f"{label}: median {statistics.median(seconds) * scale:.1f} {unit}"
          f"  (p10 {q[0] * scale:.1f}, p90 {q[-1] * scale:.1f}, {len(seconds)} runs)")
    return statistics.median(seconds)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--lede", default=os.path.join(ROOT, ".build/release/lede"))
    args = parser.parse_args()
    if not os.access(args.lede, os.X_OK):
        sys.exit(f"shell.py: no lede at {args.lede}: run 'swift build -c release' first")
    home = tempfile.mkdtemp(prefix="lede-bench-")
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "TERM": "xterm", "LANG": "C.UTF-8",
           "XDG_STATE_HOME": os.path.join(home, "state"), "XDG_CONFIG_HOME": os.path.join(home, "config")}

    for _ in range(3):
        time_to_prompt(args.lede, env)  # warm the page cache
    summary("to the first prompt (pty)", [time_to_prompt(args.lede, env) for _ in range(args.runs)])

    samples = [os.path.join(ROOT, "scripts/samples", f) for f in sorted(os.listdir(os.path.join(ROOT, "scripts/samples")))
               if f.endswith(".txt")]
    for count in (1000, 10000):
        folder = os.path.join(home, f"articles-{count}")
        os.makedirs(folder)
        for i in range(count):
            shutil.copyfile(samples[i % len(samples)], os.path.join(folder, f"{i:05d}.txt"))
        def run(command):
            start = time.perf_counter()
            subprocess.run([args.lede, "--no-rc", "-c", command], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.perf_counter() - start
        runs = max(5, args.runs // 5)
        base = summary(f"  start and exit ({count} files case)", [run("echo") for _ in range(runs)])
        total = summary(f"load {count} articles (whole process)", [run(f"load {folder}") for _ in range(runs)])
        print(f"  loading alone: {(total - base) * 1000:.0f} ms, {count / max(total - base, 1e-9):,.0f} articles/s")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
