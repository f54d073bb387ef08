using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Promotions.Coupons;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>, IEntityTypeConfiguration<CouponCustomerUse>, IEntityTypeConfiguration<CouponRedemption>
{
    public void Configure(EntityTypeBuilder<Coupon> builder)
    {
        builder.ToTable("Coupons");
        builder.Property(c => c.Code).HasMaxLength(Coupon.CodeMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Coupon.DescriptionMaxLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Percent).HasPrecision(5, 2);
        builder.HasIndex(c => c.Code).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CouponCustomerUse> builder)
    {
        builder.ToTable("CouponCustomerUses");
        builder.HasKey(u => new { u.CouponId, u.UserId });
        builder.Property(u => u.UserId).HasMaxLength(450);
        builder.HasOne<Coupon>().WithMany().HasForeignKey(u => u.CouponId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CouponRedemption> builder)
    {
        builder.ToTable("CouponRedemptions");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.OrderNumber).HasMaxLength(20);
        // One use per order: the give-back and the retake find it by order.
        builder.HasIndex(r => r.OrderId).IsUnique();
        builder.HasIndex(r => new { r.CouponId, r.RedeemedUtc });
        builder.HasOne<Coupon>().WithMany().HasForeignKey(r => r.CouponId).OnDelete(DeleteBehavior.Restrict);
    }
}
