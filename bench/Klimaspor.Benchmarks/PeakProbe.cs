using System.Globalization;
using System.Runtime.InteropServices;

namespace Klimaspor.Benchmarks;

/// <summary>
/// What the resident set is made of at its highest point during a run (Linux): sampled every few milliseconds on a
/// thread of its own, so that a peak can be put down to managed objects, native allocations (SQLite's, through glibc)
/// or code, instead of guessed at.
/// </summary>
internal sealed class PeakProbe : IDisposable
{
    private readonly Thread _thread;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private volatile bool _stop;
    private Sample _peak;

    private PeakProbe()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "peak probe", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>A running probe, or null where there is no procfs or no glibc (mallinfo2) to read.</summary>
    public static PeakProbe? Start()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/status"))
        {
            return null;
        }

        try
        {
            _ = MallInfo2();
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        return new PeakProbe();
    }

    public override string ToString() =>
        $"at the peak ({_peak.At.TotalSeconds:F2} s in) {_peak.Resident:F0} MB resident: anonymous {_peak.Anonymous:F0} MB (managed heap in use {_peak.Managed:F0} MB, native in use {_peak.NativeInUse:F0} MB of {_peak.NativeHeld:F0} MB held), files {_peak.Files:F0} MB, shared {_peak.Shared:F0} MB";

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Loop()
    {
        while (!_stop)
        {
            var sample = Take() with { At = _clock.Elapsed };
            if (sample.Resident > _peak.Resident)
            {
                _peak = sample;
            }

            Thread.Sleep(5);
        }
    }

    private static Sample Take()
    {
        double anonymous = 0, files = 0, shared = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Rss", StringComparison.Ordinal))
            {
                var parts = line.Split(':', 2);
                var mb = double.Parse(parts[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
                switch (parts[0])
                {
                    case "RssAnon": anonymous = mb; break;
                    case "RssFile": files = mb; break;
                    case "RssShmem": shared = mb; break;
                }
            }
        }

        var native = MallInfo2();
        return new Sample(anonymous + files + shared, anonymous, files, shared, GC.GetTotalMemory(false) / 1024.0 / 1024,
            (native.Uordblks + native.Hblkhd) / 1024.0 / 1024, (native.Arena + native.Hblkhd) / 1024.0 / 1024);
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo MallInfo2();

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct MallInfo(nuint Arena, nuint Ordblks, nuint Smblks, nuint Hblks, nuint Hblkhd, nuint Usmblks, nuint Fsmblks, nuint Uordblks, nuint Fordblks, nuint Keepcost);

    private readonly record struct Sample(double Resident, double Anonymous, double Files, double Shared, double Managed, double NativeInUse, double NativeHeld)
    {
        public TimeSpan At { get; init; }
    }
}
