import sys

from app.lanceur import main

sys.exit(main())
