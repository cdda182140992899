variable "api_allowed_cidrs" {
  type        = list(string)
  description = "networks allowed to reach the public API endpoint"
}

resource "aws_eks_cluster" "orders" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/orders-eks-cluster"

  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    public_access_cidrs = var.api_allowed_cidrs
  }
}
