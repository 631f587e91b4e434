namespace Hengnan.Report.Engine.Tests;

public sealed class OrderedParallelTests
{
    [Fact]
    public void EveryJobRunsOnce()
    {
        var runs = new int[200];
        OrderedParallel.For(runs.Length, 4, i => Interlocked.Increment(ref runs[i]));
        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void AFailureIsTheFirstInOrderNotTheFirstInTime()
    {
        // Job 3 fails at once, job 1 only after a while: one core would have met job 1's failure first.
        var e = Assert.Throws<InvalidOperationException>(() => OrderedParallel.For(8, 4, i =>
        {
            if (i == 1) { Thread.Sleep(200); throw new InvalidOperationException("job 1"); }
            if (i == 3) throw new InvalidOperationException("job 3");
        }));
        Assert.Equal("job 1", e.Message);
    }

    [Fact]
    public void OnOneCoreTheJobsRunInOrder()
    {
        var order = new List<int>();
        OrderedParallel.For(5, 1, order.Add);
        Assert.Equal([0, 1, 2, 3, 4], order);
    }
}
