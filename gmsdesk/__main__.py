from gmsdesk.cli import main

raise SystemExit(main())
