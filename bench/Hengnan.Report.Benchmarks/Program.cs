using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In process (no generated project to build; the machine may be shared): a few warm-up and measured iterations.
// Any BenchmarkDotNet option may follow, e.g. --filter '*Layout*' or --job short.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(8))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Hengnan.Report.Benchmarks.StageBenchmarks).Assembly).Run(args, config);
