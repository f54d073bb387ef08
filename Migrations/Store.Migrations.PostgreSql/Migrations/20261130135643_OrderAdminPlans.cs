using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OrderAdminPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SalesHours_HourUtc_Status_Orders_Total_Revenue_PaidOrders",
                table: "SalesHours",
                columns: new[] { "HourUtc", "Status", "Orders", "Total", "Revenue", "PaidOrders" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_RefundedAmount_Id",
                table: "Orders",
                columns: new[] { "RefundedAmount", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesHours_HourUtc_Status_Orders_Total_Revenue_PaidOrders",
                table: "SalesHours");

            migrationBuilder.DropIndex(
                name: "IX_Orders_RefundedAmount_Id",
                table: "Orders");
        }
    }
}
