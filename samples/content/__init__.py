"""Thai content for the generated sample submissions: one module per agency.

Each module defines ``AGENCY``: a plain dict of realistic (invented) text for
one agency's fiscal-year 2566 innovation project.  ``samples/generate.py``
decides how the content is laid out (forms, numbering, heading wordings, fonts)
and which gaps are planted; the modules only hold words and figures.
"""

from . import bangrak, chatuchak, medical, social_dev_cm, sso_rayong

ALL = [bangrak.AGENCY, medical.AGENCY, sso_rayong.AGENCY, social_dev_cm.AGENCY, chatuchak.AGENCY]
