using BenchmarkDotNet.Running;
using Klimaspor.Benchmarks;

// "compliance" runs issue 5's batch figure, which needs gigabytes of contracts in one process; anything else is BenchmarkDotNet.
if (args is ["compliance", ..])
{
    return ComplianceCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
