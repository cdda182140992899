# attachments are accepted one by one
resource "aws_ec2_transit_gateway" "hub" {
  description                    = "shared network hub"
  auto_accept_shared_attachments = "disable"
}

# the default is to wait for acceptance
resource "aws_ec2_transit_gateway" "egress" {
  description = "central egress"
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "payments" {
  transit_gateway_attachment_id                   = "tgw-attach-0a1b2c3d4e5f60718"
  transit_gateway_default_route_table_association = true
}
