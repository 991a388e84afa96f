"""Monte Carlo misinvestment risk: distributions, sampling, correlation, simulation, metrics."""
