using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Accounts.Audit;

// No foreign keys to Users: the record of a change outlives the accounts it names.
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorEmail).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.TargetId).HasMaxLength(64);
        builder.Property(e => e.TargetEmail).HasMaxLength(256);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => e.TargetId);
    }
}
