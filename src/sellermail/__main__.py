from sellermail.cli.app import main

main()
