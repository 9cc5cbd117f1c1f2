using Parallax.Cli;

return ParallaxCommandLine.Run(args, Console.Out, Console.Error);
