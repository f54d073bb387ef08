using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Payments.Data;

internal sealed class PaymentSessionConfiguration : IEntityTypeConfiguration<PaymentSession>
{
    public void Configure(EntityTypeBuilder<PaymentSession> builder)
    {
        builder.ToTable("PaymentSessions");
        builder.Property(s => s.OrderNumber).HasMaxLength(20);
        builder.Property(s => s.Provider).HasMaxLength(20);
        builder.Property(s => s.SessionId).HasMaxLength(255);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        // Two Pay clicks at once compute the same attempt: one row wins, the other answers its session.
        builder.HasIndex(s => new { s.OrderNumber, s.Attempt }).IsUnique();
        builder.HasIndex(s => s.SessionId).IsUnique();
    }
}

internal sealed class PaymentEventRecordConfiguration : IEntityTypeConfiguration<PaymentEventRecord>
{
    public void Configure(EntityTypeBuilder<PaymentEventRecord> builder)
    {
        builder.ToTable("PaymentEvents");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.Provider).HasMaxLength(20);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.OrderNumber).HasMaxLength(20);
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> builder)
    {
        builder.ToTable("PaymentRefunds");
        builder.Property(r => r.OrderNumber).HasMaxLength(20);
        builder.Property(r => r.Reference).HasMaxLength(255);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.By).HasMaxLength(450);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => r.OrderNumber);
    }
}
