using BenchmarkDotNet.Running;
using Klimaspor.Benchmarks;

// "compliance" runs issue 5's batch figure, which needs gigabytes of contracts in one process; anything else is BenchmarkDotNet.
if (args is ["compliance", ..])
{
    return ComplianceCommand.Run(args);
}

// "import" runs issue 4's end-to-end figure: each run needs a fresh database, which BenchmarkDotNet's iterations would share.
if (args is ["import", ..])
{
    return await ImportCommand.Run(args);
}

// "load" is issue 16's figure against a running app (bench/load.sh starts it): another process, under 32 clients.
if (args is ["load", ..])
{
    return await LoadCommand.Run(args);
}

// "national" is issue 15's scale: a national data set on PostgreSQL, built once, and the overview's speed over it.
if (args is ["national", ..])
{
    return await NationalCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
