"""lede analyze as a Spark RDD.pipe mapper, the way a cluster runs it: PySpark in local[2] mode,
the packaged lede shipped to the executors with SparkContext.addFile and unpacked there, 1,000
articles in four partitions with one bad line among them. The output must equal `lede analyze` on
the same input, article for article (compared by id), with no line lost.

    python Tests/spark/pipe_check.py dist/lede-VERSION-linux-ARCH.tar.gz

Prints each check, the Spark run time and the local run time; exits 1 at the first failure.
"""

import glob
import json
import os
import shlex
import subprocess
import sys
import tarfile
import tempfile
import time

from pyspark import SparkConf, SparkContext, SparkFiles

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PLUGINS = "entities,quotes,summary"


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)
    print(f"ok: {message}")


def articles():
    """1,000 JSONL articles made from the bundled samples, each different, and one broken line."""
    samples = []
    for path in sorted(glob.glob(os.path.join(ROOT, "scripts", "samples", "*.txt"))):
        text = open(path, encoding="utf-8").read().split("---", 2)[-1].strip()
        samples.append(text)
    lines = []
    for n in range(1000):
        text = samples[n % len(samples)] + f"\n\nThis is copy {n} of the story."
        lines.append(json.dumps({"id": f"a{n}", "text": text}))
    lines.insert(500, '{"id": "broken", "text": ')
    return lines


def main(tarball):
    tarball = os.path.abspath(tarball)
    work = tempfile.mkdtemp(prefix="lede-spark-")
    lines = articles()
    source = os.path.join(work, "articles.jsonl")
    with open(source, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")

    # The reference: the same package, unpacked here, run on the whole file.
    local = os.path.join(work, "local")
    with tarfile.open(tarball) as archive:
        archive.extractall(local)
    lede = glob.glob(os.path.join(local, "*", "bin", "lede"))[0]
    started = time.perf_counter()
    reference = subprocess.run([lede, "analyze", "--with", PLUGINS, "--input", source, "--no-progress"],
                               capture_output=True, text=True, check=True).stdout.splitlines()
    local_seconds = time.perf_counter() - started

    conf = (SparkConf().setMaster("local[2]").setAppName("lede-pipe-check")
            .set("spark.ui.enabled", "false").set("spark.driver.memory", "1g"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        started = time.perf_counter()
        # Shipped to every executor as a cluster would; each task unpacks it in a folder of its own.
        sc.addFile(tarball)
        shipped = SparkFiles.get(os.path.basename(tarball))
        command = ("sh -c " + shlex.quote(
            f'd=$(mktemp -d) && tar -xzf {shlex.quote(shipped)} -C "$d" && '
            f'"$d"/*/bin/lede analyze --with {PLUGINS} --no-progress; s=$?; rm -rf "$d"; exit $s'))
        rdd = sc.parallelize(lines, 4)
        check(rdd.getNumPartitions() == 4, "the input is split into four partitions")
        output = rdd.pipe(command).collect()
        spark_seconds = time.perf_counter() - started
    finally:
        sc.stop()

    check(len(output) == len(lines), f"one output line per input line ({len(output)} for {len(lines)})")
    by_id = lambda rows: {json.loads(r).get("id"): json.loads(r) for r in rows}  # noqa: E731
    spark, expected = by_id(output), by_id(reference)
    errors = [json.loads(r) for r in output if "error" in json.loads(r)]
    check(len(errors) == 1, "the broken line gives one error line and the stream goes on")
    good = [k for k in expected if k is not None and "error" not in expected[k]]
    check(len(good) == 1000, "the local run analysed the 1,000 articles")
    check(all(spark.get(k) == expected[k] for k in good), "every article's analysis equals the local run's")
    print(f"spark local[2]: {spark_seconds:.1f} s for 1,000 articles (including start-up and shipping); "
          f"lede analyze alone: {local_seconds:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1])
