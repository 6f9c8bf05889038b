// Fuzz targets; see Benchmarks/fuzz.sh.
