"""The clinical core: standard library only, no I/O, no clock, no globals that change.

Everything that decides or explains a phenotype lives here, so the desktop window, the
command line, batch import and the PDF report all show the same result.
"""
