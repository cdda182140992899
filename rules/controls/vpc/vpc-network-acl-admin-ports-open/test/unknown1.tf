variable "admin_cidr" {
  type        = string
  description = "network allowed to administer the instances"
}

resource "aws_network_acl" "admin" {
  vpc_id = "vpc-0abc1234"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.admin_cidr
    from_port  = 22
    to_port    = 22
  }
}
