"""Scale data and the load benchmark (`manage.py bench_data`, `make bench`); not part of the app."""
