using System.Runtime.ExceptionServices;

namespace Hengnan.Report;

/// <summary>
/// Runs independent jobs on several cores, and fails as one core would: with the exception of the lowest-numbered job
/// that failed, whichever failed first in time (Parallel.For would report the first to arrive, wrapped).
/// </summary>
public static class OrderedParallel
{
    public static void For(int count, int maxDegreeOfParallelism, Action<int> job)
    {
        if (count <= 0) return;
        if (maxDegreeOfParallelism <= 1 || count == 1)
        {
            for (int i = 0; i < count; i++) job(i);
            return;
        }
        var failed = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            try { job(i); }
            catch (Exception e) { failed[i] = e; }
        });
        if (Array.Find(failed, e => e is not null) is { } first) ExceptionDispatchInfo.Capture(first).Throw();
    }
}
