resource "aws_eks_cluster" "orders" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/orders-eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# public, but only for the office and the CI runners
resource "aws_eks_cluster" "tools" {
  name     = "tools"
  role_arn = "arn:aws:iam::111122223333:role/tools-eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    endpoint_private_access = true
    public_access_cidrs     = ["198.51.100.0/24", "203.0.113.10/32"]
  }
}
