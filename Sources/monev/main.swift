print("monev")
