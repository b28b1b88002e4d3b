# A module for builtins_dir_introspection.py: a few names of its own.
alpha = 1
beta = 2


def gamma():
    return alpha + beta
