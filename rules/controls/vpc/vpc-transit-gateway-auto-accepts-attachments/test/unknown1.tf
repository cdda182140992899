variable "auto_accept" {
  type        = string
  description = "enable or disable automatic acceptance of shared attachments"
}

resource "aws_ec2_transit_gateway" "hub" {
  description                    = "shared network hub"
  auto_accept_shared_attachments = var.auto_accept
}
