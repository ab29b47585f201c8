from gaiko.cli import main

main()
