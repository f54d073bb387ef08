namespace Store.Core.Jobs;

/// <summary>
/// Which web node runs a background job until when: a node runs the job only after taking the lease, so on
/// several nodes each run happens once (see <see cref="ScheduledJob"/>).
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime LeasedUntilUtc { get; set; }
}
