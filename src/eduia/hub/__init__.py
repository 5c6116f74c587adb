"""The school server recipe (JupyterHub) and the region's Zero to JupyterHub values.

eduia never builds its own multi-user server. :mod:`eduia.hub.school` writes the
``jupyterhub_config.py`` of one school's JupyterHub (real unix accounts, nbgrader's exchange,
one nbgrader service per class); :mod:`eduia.hub.region` writes one values file per lycée for
the Zero to JupyterHub Helm chart. Neither imports JupyterHub: they write configuration.

Examples
--------
>>> from eduia.hub.region import Lycee, lycee_values
>>> lycee_values(Lycee("0130001A", "Lycée Thiers", 1200))["hub"]["db"]["type"]  # doctest: +SKIP
'postgres'
"""
