"""Optional integrations, each importable only with its extra installed:

- :mod:`pageclean.integrations.scrapy`: an item pipeline (``pip install 'pageclean[scrapy]'``);
- :mod:`pageclean.integrations.datatrove`: an extractor step (``pip install 'pageclean[datatrove]'``);
- :mod:`pageclean.integrations.dask`: map pageclean over bags and dataframes (``pip install 'pageclean[dask]'``).
"""
