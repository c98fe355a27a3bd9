from consultant_desk.cli import main

raise SystemExit(main())
